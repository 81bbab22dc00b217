"""What the gateway itself says to residents (everything else comes from the bot).

SMS rendering folds the typographic dash to "-", so these stay GSM-7 on a phone.
"""

TOO_LONG = "That message is too long for me — could you send it in a few shorter messages?"
RATE_LIMITED = ("You're sending messages faster than I can answer. "
                "Please wait a moment, then send your message again.")
NOT_RECEIVED = ("Sorry, I'm having trouble right now and your message was not received. "
                "Please send it again in a minute or two.")
NOT_ANSWERED = ("Sorry, something went wrong on my side and I couldn't answer that. "
                "Please send it again in a minute or two.")
EMPTY = "I can only read text messages. Please type your message and send it again."
HELP = ("Waymark helps West Midlands residents find free and low-cost routes into digital skills "
        "and jobs. Just tell me a bit about yourself to start. "
        "Text STOP to stop messages, START to carry on.")
OPTED_OUT = "You won't get any more messages from Waymark. Send START if you'd like to chat again."
OPTED_IN = "Welcome back to Waymark. Send a message to carry on, or HELP for help."
