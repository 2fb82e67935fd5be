# 1,000,000 iterations of s += i * i % 7 at module level.
s = 0
for i in range(1000000):
    s += i * i % 7
print(s)
