import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def produce(invoices):
    for number in range(1, 4):
        await asyncio.sleep(0.5)
        await invoices.put(f"invoice-{number}")
    log("producer: all invoices queued")

async def print_invoices(invoices):
    while True:
        invoice = await invoices.get()
        log(f"printer: printed {invoice}")
    log("printer: queue drained, shutting down")

async def main():
    invoices = asyncio.Queue()
    printer = asyncio.create_task(print_invoices(invoices))
    await produce(invoices)
    try:
        await asyncio.wait_for(printer, timeout=2)
    except TimeoutError:
        log("watchdog: the printer never finished")

asyncio.run(main())
