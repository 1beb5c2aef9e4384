#!/usr/bin/env bash
# Whole-process start time: from launching the built jar on a new embedded database (demo province
# loaded) to /actuator/health answering UP. Build first: ./mvnw -q package -DskipTests
# Usage: scripts/start-time.sh [rounds] [extra JVM or Spring arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
shift || true
jar=$(ls target/steerdesk-*.jar | grep -v plain | head -1)
port=18093
for round in $(seq 1 "$rounds"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  STEERDESK_ADMIN_PASSWORD=start-time-admin-7 java -Xmx512m "$@" -jar "$jar" --server.port=$port \
    --spring.datasource.url="jdbc:h2:file:$data/steerdesk;AUTO_SERVER=FALSE" >"$data/log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 $pid 2>/dev/null; then echo "the application stopped; see $data/log" >&2; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s%N)
  echo "round $round: healthy after $(( (end - start) / 1000000 )) ms"
  grep -E "Loaded the demo|Started Steerdesk" "$data/log" | sed 's/^.*: /  /' || true
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
done
