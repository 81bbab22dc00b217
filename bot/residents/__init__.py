"""What is kept about residents and what is done with it: contacts, pseudonyms, records, journeys, rights and erasure, handoffs, referrals, notifications, outbound caps, accounts, reports."""
