"""Running the service: process machinery, the production profile, back-office secrets, operator commands."""
