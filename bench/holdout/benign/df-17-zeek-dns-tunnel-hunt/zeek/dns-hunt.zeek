##! Flags DNS queries that look like tunnelling / exfiltration.
##! Defensive use: run on your own captures or sensor.

@load base/protocols/dns
@load base/frameworks/notice
@load base/frameworks/sumstats

module DNSHunt;

export {
	redef enum Notice::Type += {
		Long_Query,
		High_Entropy_Label,
		Many_Subdomains,
	};

	## Query length that triggers Long_Query.
	const long_query_len = 70 &redef;
	## Minimum label length considered for the entropy test.
	const entropy_min_label = 24 &redef;
	## Bits per character.
	const entropy_threshold = 3.9 &redef;
	## Distinct subdomains per (client, parent) in one epoch.
	const subdomain_threshold = 300.0 &redef;
	const subdomain_epoch = 10 min &redef;

	## Parent domains that are known-noisy or internal.
	const allow_suffixes: pattern =
		/\.in-addr\.arpa$/ |
		/\.ip6\.arpa$/ |
		/\._domainkey\./ |
		/\.netops-cdn\.example$/ |
		/\.corp\.example$/ &redef;
}

function shannon(s: string): double
	{
	local counts: table[string] of count &default=0;
	for ( ch in s )
		++counts[ch];

	local n = |s| + 0.0;
	local h = 0.0;
	for ( c, k in counts )
		{
		local p = k / n;
		h -= p * (ln(p) / ln(2.0));
		}
	return h;
	}

## Last two labels, or last three for common two-level public suffixes.
function parent_domain(q: string): string
	{
	local labels = split_string(q, /\./);
	local n = |labels|;
	if ( n <= 2 )
		return q;
	local two = labels[n-2] + "." + labels[n-1];
	if ( /^(co|com|net|org|gov|ac)\.[a-z]{2}$/ in two && n >= 3 )
		return labels[n-3] + "." + two;
	return two;
	}

event zeek_init()
	{
	local r1 = SumStats::Reducer($stream="dnshunt.subdomains", $apply=set(SumStats::UNIQUE));
	SumStats::create([$name="dnshunt-subdomains",
	                  $epoch=subdomain_epoch,
	                  $reducers=set(r1),
	                  $threshold_val(key: SumStats::Key, result: SumStats::Result) =
	                  	{
	                  	return result["dnshunt.subdomains"]$unique + 0.0;
	                  	},
	                  $threshold=subdomain_threshold,
	                  $threshold_crossed(key: SumStats::Key, result: SumStats::Result) =
	                  	{
	                  	NOTICE([$note=Many_Subdomains,
	                  	        $src=key$host,
	                  	        $msg=fmt("%s queried %d distinct subdomains of %s", key$host,
	                  	                 result["dnshunt.subdomains"]$unique, key$str),
	                  	        $sub=key$str,
	                  	        $identifier=cat(key$host, key$str),
	                  	        $suppress_for=1 hr]);
	                  	}]);
	}

event DNS::log_dns(rec: DNS::Info)
	{
	if ( ! rec?$query || rec$query == "" )
		return;

	local q = to_lower(rec$query);
	if ( allow_suffixes in q )
		return;

	local parent = parent_domain(q);
	local client = rec$id$orig_h;

	SumStats::observe("dnshunt.subdomains", [$host=client, $str=parent], [$str=q]);

	if ( |q| >= long_query_len )
		NOTICE([$note=Long_Query,
		        $id=rec$id, $uid=rec$uid,
		        $msg=fmt("query of %d chars under %s", |q|, parent),
		        $sub=q,
		        $identifier=cat(client, parent),
		        $suppress_for=1 hr]);

	for ( i, label in split_string(q, /\./) )
		{
		if ( |label| < entropy_min_label )
			next;
		local h = shannon(label);
		if ( h >= entropy_threshold )
			{
			NOTICE([$note=High_Entropy_Label,
			        $id=rec$id, $uid=rec$uid,
			        $msg=fmt("label entropy %.2f (%d chars) under %s", h, |label|, parent),
			        $sub=q,
			        $identifier=cat(client, parent),
			        $suppress_for=1 hr]);
			break;
			}
		}
	}
