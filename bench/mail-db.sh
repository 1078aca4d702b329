# Sourced by bench/mail.sh and bench/mail-crash.sh. DB_URL=jdbc:postgresql://host:5432/db runs Amicus on
# PostgreSQL (DB_USER, DB_PASSWORD); its public schema is emptied first, so never point it at a database you
# care about. Without DB_URL: H2 in the data directory.
if [ -n "${DB_URL:-}" ]; then
  DB_USER=${DB_USER:-postgres}
  PGPASSWORD=${DB_PASSWORD:-} PGOPTIONS=--client-min-messages=warning psql -q -h "$(echo "$DB_URL" | sed 's#.*//\([^:/]*\).*#\1#')" -U "$DB_USER" \
    -d "$(echo "$DB_URL" | sed 's#.*/##; s#?.*##')" -c 'drop schema public cascade; create schema public' >/dev/null
  export SPRING_PROFILES_ACTIVE=postgres AMICUS_DB_URL="$DB_URL" AMICUS_DB_USERNAME="$DB_USER" AMICUS_DB_PASSWORD="${DB_PASSWORD:-}"
  echo "Database: $DB_URL"
fi
# CPU seconds used so far by the PostgreSQL processes on this machine (0 on H2), to count the database's share of a send.
db_cpu() {
  [ -n "${DB_URL:-}" ] || { echo 0; return; }
  local tick total=0 p
  tick=$(getconf CLK_TCK)
  for p in $(pgrep -x postgres); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  python3 -c "print($total / $tick)"
}
