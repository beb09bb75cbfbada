"""What `nadhir demo` (and so `make run`) is made of: the shipped samples, a paced feed, and a
local webhook receiver that verifies each delivery's signature and prints it."""
