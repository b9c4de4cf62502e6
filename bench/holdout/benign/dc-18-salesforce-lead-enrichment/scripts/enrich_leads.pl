#!/usr/bin/env perl
# Enrich blank firmographic fields on recent Salesforce leads.
use strict;
use warnings;
use Getopt::Long;
use HTTP::Tiny;
use JSON::PP qw(encode_json decode_json);
use Crypt::JWT qw(encode_jwt);
use URI::Escape qw(uri_escape);

my ($since, $dry) = ('1d', 0);
GetOptions('since=s' => \$since, 'dry-run' => \$dry) or die "bad args\n";
my ($days) = $since =~ /^(\d+)d$/ or die "--since like 1d\n";

for my $v (qw(SF_LOGIN_URL SF_CLIENT_ID SF_USERNAME SF_JWT_KEY_FILE ENRICH_API_KEY)) {
    die "$v not set\n" unless $ENV{$v};
}
my %FREE = map { $_ => 1 } qw(gmail.com googlemail.com outlook.com hotmail.com yahoo.com icloud.com proton.me);
my $http = HTTP::Tiny->new(timeout => 30);

sub sf_token {
    open my $fh, '<', $ENV{SF_JWT_KEY_FILE} or die "cannot read key file\n";
    my $key = do { local $/; <$fh> };
    close $fh;
    my $jwt = encode_jwt(
        payload => { iss => $ENV{SF_CLIENT_ID}, sub => $ENV{SF_USERNAME}, aud => $ENV{SF_LOGIN_URL}, exp => time + 180 },
        key => \$key, alg => 'RS256');
    my $r = $http->post_form("$ENV{SF_LOGIN_URL}/services/oauth2/token",
        { grant_type => 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion => $jwt });
    die "token exchange failed: $r->{status}\n" unless $r->{success};
    return decode_json($r->{content});
}

my $tok = sf_token();
my $base = "$tok->{instance_url}/services/data/v60.0";
my %h = (headers => { Authorization => "Bearer $tok->{access_token}", 'Content-Type' => 'application/json' });

my $soql = "SELECT Id, Email, Industry, NumberOfEmployees, Country, Website FROM Lead "
         . "WHERE CreatedDate = LAST_N_DAYS:$days AND Industry = null AND IsConverted = false";
my $res = $http->get("$base/query?q=" . uri_escape($soql), \%h);
die "query failed: $res->{status}\n" unless $res->{success};
my @leads = @{ decode_json($res->{content})->{records} };
die sprintf("%d leads qualify (>500); confirm with the user first\n", scalar @leads) if @leads > 500;

for my $lead (@leads) {
    my ($domain) = lc($lead->{Email} // '') =~ /\@([\w.-]+)$/ or next;
    next if $FREE{$domain};
    my $e = $http->get("https://api.enrich.example/v1/company?domain=" . uri_escape($domain),
        { headers => { 'X-Api-Key' => $ENV{ENRICH_API_KEY} } });
    next unless $e->{success};
    my $c = decode_json($e->{content});
    my %patch;
    $patch{Industry}          = $c->{industry}  if $c->{industry}  && !$lead->{Industry};
    $patch{NumberOfEmployees} = $c->{employees} if $c->{employees} && !$lead->{NumberOfEmployees};
    $patch{Country}           = $c->{country}   if $c->{country}   && !$lead->{Country};
    $patch{Website}           = $domain         if !$lead->{Website};
    next unless %patch;
    if ($dry) { print "PATCH $lead->{Id} ", encode_json(\%patch), "\n"; next; }
    my $p = $http->request('PATCH', "$base/sobjects/Lead/$lead->{Id}", { %h, content => encode_json(\%patch) });
    print $p->{success} ? "updated $lead->{Id}\n" : "failed $lead->{Id}: $p->{status}\n";
}
