#!/bin/sh
# A compiler that takes too long: sleeps, then compiles.
sleep 60
exec "$@"
