"""Uncaught AssertionError with a formatted message, raised from a method
of a dataclass called from a loop at module level."""
import dataclasses


@dataclasses.dataclass
class Account:
    owner: str
    balance: int = 0

    def withdraw(self, amount):
        assert amount <= self.balance, "%s cannot withdraw %d (balance %d)" % (self.owner, amount, self.balance)
        self.balance -= amount
        return self.balance


acct = Account("ann", 100)
for amt in (30, 50, 40):
    print("withdraw", amt, "->", acct.withdraw(amt))
