#!/usr/bin/env bash
# Starts a three-node MariaDB Galera cluster on loopback, for the cluster tests: SQL ports 3331, 3332, 3333 (set
# GALERA_PORT_BASE to move them), root with an empty password over TCP, state transfer by rsync. Prints the
# AUTOMIGRATE_TEST_GALERA_URLS value. A node that already answers is left alone.
# Usage: .ci/start-galera.sh [stop]. Data under ${GALERA_DIR:-/tmp/automigrate-galera}.
set -euo pipefail
dir=${GALERA_DIR:-/tmp/automigrate-galera}
base=${GALERA_PORT_BASE:-3330}
sql_port() { echo $((base + $1)); }
group_port() { echo $((base + 1300 + 10 * $1)); }   # group communication; +1 incremental, +2 full state transfer
members="gcomm://127.0.0.1:$(group_port 1),127.0.0.1:$(group_port 2),127.0.0.1:$(group_port 3)"

if [ "${1:-}" = stop ]; then
	for n in 1 2 3; do
		if [ -f "$dir/n$n.pid" ]; then kill "$(cat "$dir/n$n.pid")" 2>/dev/null || true; fi
	done
	exit 0
fi

provider=$(ls /usr/lib/galera/libgalera_smm.so /usr/lib/libgalera_smm.so /usr/lib64/galera-4/libgalera_smm.so 2>/dev/null | head -n 1 || true)
if [ -z "$provider" ] || ! command -v rsync >/dev/null; then
	echo "Galera needs mariadb-server, galera-4 and rsync (apt-get install mariadb-server galera-4 rsync)" >&2
	exit 1
fi

answers() { mariadb -uroot -h127.0.0.1 -P"$(sql_port "$1")" -e 'select 1' >/dev/null 2>&1; }

start_node() { # node number, then extra server options
	local n=$1; shift
	mkdir -p "$dir/n$n"
	chown -R mysql:mysql "$dir"
	if [ ! -d "$dir/n$n/mysql" ]; then
		mariadb-install-db --user=mysql --datadir="$dir/n$n" --auth-root-authentication-method=normal >/dev/null 2>&1
	fi
	/usr/sbin/mariadbd --no-defaults --user=mysql --datadir="$dir/n$n" --socket="$dir/n$n.sock" \
		--pid-file="$dir/n$n.pid" --port="$(sql_port "$n")" --bind-address=127.0.0.1 --log-error="$dir/n$n.err" \
		--innodb-buffer-pool-size=64M --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
		--wsrep-on=ON --wsrep-provider="$provider" --wsrep-cluster-name=automigrate --wsrep-cluster-address="$members" \
		--wsrep-node-address="127.0.0.1:$(group_port "$n")" --wsrep-node-name="n$n" \
		--wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$(group_port "$n");ist.recv_addr=127.0.0.1:$(( $(group_port "$n") + 1 ))" \
		--wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$(( $(group_port "$n") + 2 ))" "$@" \
		</dev/null >/dev/null 2>&1 &   # detached from this script's output, which a caller may capture
	for _ in $(seq 1 240); do
		if answers "$n" || mariadb -uroot -S "$dir/n$n.sock" -e 'select 1' >/dev/null 2>&1; then return 0; fi
		sleep 0.5
	done
	echo "Galera node $n did not start; see $dir/n$n.err" >&2
	tail -n 20 "$dir/n$n.err" >&2
	return 1
}

if ! answers 1; then
	# A fresh cluster: node 1 bootstraps it, and root may connect over TCP without a password.
	rm -rf "$dir"
	mkdir -p "$dir"
	start_node 1 --wsrep-new-cluster
	mariadb -uroot -S "$dir/n1.sock" -e "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
		GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;"
fi
for n in 2 3; do
	answers "$n" || start_node "$n"
done
for _ in $(seq 1 60); do
	size=$(mariadb -uroot -h127.0.0.1 -P"$(sql_port 1)" -N -e "show status like 'wsrep_cluster_size'" | cut -f2)
	[ "$size" = 3 ] && break
	sleep 1
done
if [ "$size" != 3 ]; then
	echo "The Galera cluster has $size nodes, not 3" >&2
	exit 1
fi
echo "jdbc:mariadb://127.0.0.1:$(sql_port 1)/,jdbc:mariadb://127.0.0.1:$(sql_port 2)/,jdbc:mariadb://127.0.0.1:$(sql_port 3)/"
