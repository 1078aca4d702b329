-- PostgreSQL's own CPU for 100,000 outcome writes, as the mail engine writes them (one update over arrays per
-- 100 rows), on the database bench/mail.sh leaves behind (100,000 or more recipient rows):
--   psql -h 127.0.0.1 -U postgres -d amicus_mail -f bench/mail-outcome-cpu.sql
-- It marks the sent rows queued again, then prints the backend's CPU ticks before and after the updates
-- (/proc/<pid>/stat, user + system, 100 a second). Used to weigh the indexes of V56 (docs/benchmarks.md).
update mail_recipient set state = 'QUEUED', done_at = null where state = 'SENT';
vacuum analyze mail_recipient;
\t on
\o /tmp/mail-outcome-cpu.pid
select pg_backend_pid();
\o
\t off
\! awk '{print "cpu ticks before", $14+$15}' /proc/$(tr -d ' \n' < /tmp/mail-outcome-cpu.pid)/stat
\timing on
do $$
declare lo bigint; b int; ids bigint[];
begin
  select min(id) into lo from mail_recipient;
  for b in 0..999 loop
    select array_agg(g) into ids from generate_series(lo + b*100, lo + b*100 + 99) g;
    update mail_recipient r set state = u.state, attempts = r.attempts + u.counted,
      smtp_reply = coalesce(u.reply, r.smtp_reply), next_attempt = u.next_attempt::timestamptz, done_at = u.done_at::timestamptz,
      sending_at = coalesce(r.sending_at, now()), claim_token = null, lease_until = null
    from unnest(ids, array_fill('SENT'::varchar, array[100]), array_fill(1, array[100]), array_fill('250 2.0.0 Ok: queued as 4XyZ'::varchar, array[100]),
      array_fill(now()::varchar, array[100]), array_fill(now()::varchar, array[100])) as u(id, state, counted, reply, next_attempt, done_at)
    where r.id = u.id and r.state in ('QUEUED', 'SENDING');
  end loop;
end $$;
\timing off
\! awk '{print "cpu ticks after", $14+$15}' /proc/$(tr -d ' \n' < /tmp/mail-outcome-cpu.pid)/stat
