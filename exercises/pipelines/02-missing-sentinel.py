import asyncio

async def produce(invoices):
    for customer in ("acme", "globex", "initech"):
        await asyncio.sleep(0.5)
        await invoices.put(f"invoice for {customer}")
    print("producer: all invoices queued")

async def print_invoices(invoices):
    while True:
        invoice = await invoices.get()
        print(f"printer: printed {invoice}")
    print("printer: queue drained, shutting down")

async def main():
    invoices = asyncio.Queue()
    printer = asyncio.create_task(print_invoices(invoices))
    await produce(invoices)
    try:
        await asyncio.wait_for(printer, timeout=2)
    except TimeoutError:
        print("watchdog: the printer never finished")

asyncio.run(main())
