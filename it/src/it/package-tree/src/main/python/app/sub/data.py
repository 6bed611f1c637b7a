import json
import os
from importlib import resources

with open(os.path.join(os.path.dirname(__file__), "config.json"), encoding="utf-8") as f:
    CONFIG = json.load(f)
MESSAGE = resources.files(__package__).joinpath("message.txt").read_text(encoding="utf-8").strip()
