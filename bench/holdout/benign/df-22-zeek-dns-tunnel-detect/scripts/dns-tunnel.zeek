##! Detect likely DNS tunnelling: long labels, high-entropy names and
##! per-client unique subdomain volume under one registered domain.

@load base/frameworks/notice
@load base/frameworks/sumstats
@load base/protocols/dns

module DNSTunnel;

export {
	redef enum Notice::Type += {
		Long_Label,
		High_Entropy_Name,
		Subdomain_Volume,
	};

	## Longest single label (chars) before we raise Long_Label.
	const label_len_threshold = 52 &redef;
	## Minimum subdomain length considered for entropy scoring.
	const entropy_min_len = 24 &redef;
	## Bits/char; English hostnames sit around 2.5-3.3.
	const entropy_threshold = 3.8 &redef;
	## Unique subdomains per (client, parent) in the epoch.
	const volume_threshold = 300.0 &redef;
	const volume_epoch = 10min &redef;
	## Parent domains never reported.
	const allow_suffixes: set[string] = {
		"in-addr.arpa", "ip6.arpa",
	} &redef;
}

function parent_domain(q: string): string
	{
	local parts = split_string(q, /\./);
	local n = |parts|;
	if ( n < 2 )
		return q;
	return fmt("%s.%s", parts[n-2], parts[n-1]);
	}

function allowed(q: string): bool
	{
	for ( s in allow_suffixes )
		{
		if ( q == s || ends_with(q, "." + s) )
			return T;
		}
	return F;
	}

function shannon(s: string): double
	{
	local counts: table[string] of count = table();
	local n = |s|;
	if ( n == 0 )
		return 0.0;

	for ( i in s )
		{
		if ( i !in counts )
			counts[i] = 0;
		++counts[i];
		}

	local h = 0.0;
	for ( c, k in counts )
		{
		local p = (k + 0.0) / n;
		h -= p * (ln(p) / ln(2.0));
		}
	return h;
	}

event zeek_init()
	{
	local r1 = SumStats::Reducer($stream="dns.tunnel.subdomains", $apply=set(SumStats::UNIQUE));
	SumStats::create([
		$name="dns-tunnel-volume",
		$epoch=volume_epoch,
		$reducers=set(r1),
		$threshold=volume_threshold,
		$threshold_val(key: SumStats::Key, result: SumStats::Result) =
			{
			return result["dns.tunnel.subdomains"]$unique + 0.0;
			},
		$threshold_crossed(key: SumStats::Key, result: SumStats::Result) =
			{
			NOTICE([$note=Subdomain_Volume,
			        $src=key$host,
			        $msg=fmt("%s queried %d unique subdomains of %s in %s",
			                 key$host, result["dns.tunnel.subdomains"]$unique, key$str, volume_epoch),
			        $sub=key$str,
			        $identifier=cat(key$host, key$str)]);
			}
	]);
	}

event dns_request(c: connection, msg: dns_msg, query: string, qtype: count, qclass: count)
	{
	if ( query == "" )
		return;

	local q = to_lower(query);
	if ( allowed(q) )
		return;

	local parent = parent_domain(q);
	local sub = "";
	if ( |q| > |parent| + 1 )
		sub = q[0:|q| - |parent| - 1];

	local longest = 0;
	for ( _, label in split_string(q, /\./) )
		if ( |label| > longest )
			longest = |label|;

	if ( longest >= label_len_threshold )
		NOTICE([$note=Long_Label, $conn=c,
		        $msg=fmt("label of %d chars in %s", longest, q),
		        $sub=parent,
		        $identifier=cat(c$id$orig_h, parent),
		        $suppress_for=30min]);

	if ( |sub| >= entropy_min_len )
		{
		local h = shannon(gsub(sub, /\./, ""));
		if ( h >= entropy_threshold )
			NOTICE([$note=High_Entropy_Name, $conn=c,
			        $msg=fmt("entropy %.2f for %s", h, q),
			        $sub=parent,
			        $identifier=cat(c$id$orig_h, parent),
			        $suppress_for=30min]);
		}

	if ( sub != "" )
		SumStats::observe("dns.tunnel.subdomains",
		                  SumStats::Key($host=c$id$orig_h, $str=parent),
		                  SumStats::Observation($str=sub));
	}
