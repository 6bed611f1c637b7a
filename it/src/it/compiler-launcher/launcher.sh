#!/bin/sh
# Records the compile command, then runs it: what ccache/sccache/distcc do, minus the caching.
printf "%s\n" "$*" >> "$(dirname "$0")/target/launcher.log"
exec "$@"
