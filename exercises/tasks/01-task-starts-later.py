import asyncio

async def send_receipt(order_id):
    print(f"sending receipt for order #{order_id}")
    await asyncio.sleep(0.5)
    print(f"receipt for order #{order_id} sent")

async def main():
    receipt = asyncio.create_task(send_receipt(42))
    print("task created")
    print("charging card")
    await asyncio.sleep(0.2)
    print(f"card charged; receipt sent yet? {receipt.done()}")
    await receipt
    print("checkout complete")

asyncio.run(main())
