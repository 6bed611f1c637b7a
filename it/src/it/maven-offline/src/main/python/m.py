print("offline")
