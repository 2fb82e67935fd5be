import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def send_receipt(order_id):
    log(f"sending receipt for order #{order_id}")
    await asyncio.sleep(0.5)
    log(f"receipt for order #{order_id} sent")

async def main():
    receipt = asyncio.create_task(send_receipt(42))
    log("task created")
    log("charging card")
    await asyncio.sleep(0.2)
    log("card charged")
    await receipt
    log("checkout complete")

asyncio.run(main())
