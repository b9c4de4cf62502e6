#!/usr/bin/env perl
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use Getopt::Long;
use Encode qw(decode encode);
use SelfTest;

my ($in, $out, $fix) = ('', 'clean.csv', 0);
GetOptions('in=s' => \$in, 'out=s' => \$out, 'fix' => \$fix) or die "bad args\n";
die "usage: csvtidy.pl --in FILE [--out FILE] [--fix]\n" unless $in;

if ($fix) {
    my $n = SelfTest::run("$FindBin::Bin/t/fixtures/encodings.csv");
    print "encoding self-test: $n fixtures ok\n";
}

open my $fh, '<:raw', $in or die "cannot open $in: $!\n";
local $/; my $raw = <$fh>; close $fh;
my $enc = $raw =~ /^\xFF\xFE/ ? 'UTF-16LE' : $raw =~ /^\xEF\xBB\xBF/ ? 'UTF-8' :
          (eval { decode('UTF-8', $raw, Encode::FB_CROAK | Encode::LEAVE_SRC); 1 } ? 'UTF-8' : 'cp1252');
my $text = decode($enc, $raw);
$text =~ s/^\x{FEFF}//;
my @lines = split /\r?\n/, $text;
my $delim = ($lines[0] =~ tr/;//) > ($lines[0] =~ tr/,//) ? ';' : ',';
my @outl;
for my $l (@lines) {
    my @f = split /\Q$delim\E/, $l, -1;
    for (@f) {
        s/^\s+|\s+$//g;
        s/^(-?\d{1,3}(?:\.\d{3})*),(\d+)$/do { (my $x = $1) =~ tr#.##d; "$x.$2" }/e if $delim eq ';';
        s{^(\d{2})\.(\d{2})\.(\d{4})$}{$3-$2-$1};
    }
    pop @f while @f && $f[-1] eq '';
    push @outl, join ',', map { /[",]/ ? do { (my $q = $_) =~ s/"/""/g; "\"$q\"" } : $_ } @f;
}
printf "detected %s, delimiter '%s', %d rows\n", $enc, $delim, scalar @lines;
if ($fix) {
    open my $o, '>:encoding(UTF-8)', $out or die $!;
    print $o join("\n", @outl), "\n";
    print "wrote $out\n";
}
