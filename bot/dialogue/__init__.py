"""What the bot asks and says: the intake questions, replies, next steps and their wording."""
