# 1,000,000 iterations of s += i * i % 7 inside a function (locals in slots).
def work():
    s = 0
    for i in range(1000000):
        s += i * i % 7
    return s
print(work())
