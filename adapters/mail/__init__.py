"""Email: SMTP delivery, and the kallelse and the minutes written as email."""
