"""SecondRound: prepare for, capture and review second-round interviews."""

__version__ = "0.1.0"
APP_NAME = "SecondRound"
APP_ID = "io.secondround.SecondRound"
