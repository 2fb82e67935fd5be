import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def load(name, seconds):
    log(f"loading {name}")
    await asyncio.sleep(seconds)
    return f"{name} loaded"

log("program starts")
settings = asyncio.run(load("settings", 0.5))
log(f"first run returned {settings}")
profile = asyncio.run(load("profile", 1))
log(f"second run returned {profile}")
