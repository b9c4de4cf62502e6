#!/usr/bin/perl -w
#
# flamegraph.pl		flame stack grapher (trimmed copy).
#
# Takes folded stacks ("a;b;c 12") and emits an interactive SVG.
#
# USAGE: ./flamegraph.pl [--title T] [--width W] [--colors hot|mem|io] input.folded > graph.svg
#
# Copyright 2016 Netflix, Inc.  Copyright 2011 Joyent, Inc.
# Copyright 2011 Brendan Gregg.  CDDL-1.0 (see upstream).

use strict;
use Getopt::Long;

my $title = "Flame Graph";
my $imagewidth = 1200;
my $frameheight = 16;
my $fontsize = 12;
my $fontwidth = 0.59;
my $minwidth = 0.1;
my $colors = "hot";
my $ypad1 = $fontsize * 3;
my $ypad2 = $fontsize * 2 + 10;
my $xpad = 10;

GetOptions(
	'title=s'    => \$title,
	'width=i'    => \$imagewidth,
	'height=i'   => \$frameheight,
	'minwidth=f' => \$minwidth,
	'colors=s'   => \$colors,
) or die "USAGE: $0 [--title T] [--width W] [--colors hot|mem|io] infile > out.svg\n";

sub color {
	my ($name) = @_;
	my $v1 = rand(); my $v2 = rand(); my $v3 = rand();
	if ($colors eq "mem") {
		return sprintf("rgb(%d,%d,%d)", 0, 190 + int(50 * $v2), 0 + int(210 * $v1));
	} elsif ($colors eq "io") {
		return sprintf("rgb(%d,%d,%d)", 80 + int(60 * $v1), 80 + int(60 * $v1), 190 + int(55 * $v2));
	}
	return sprintf("rgb(%d,%d,%d)", 205 + int(50 * $v3), 0 + int(230 * $v1), 0 + int(55 * $v2));
}

sub esc {
	my $s = shift;
	$s =~ s/&/&amp;/g; $s =~ s/</&lt;/g; $s =~ s/>/&gt;/g; $s =~ s/"/&quot;/g;
	return $s;
}

# --- build the merged tree -------------------------------------------------
my %node;       # "depth;func;start" => end
my %tmp;
my @last = ();
my $time = 0;
my $maxdepth = 0;

sub flow {
	my ($l, $n, $t) = @_;
	my $len_a = @$l - 1;
	my $len_b = @$n - 1;
	my $i = 0;
	for (; $i <= $len_a; $i++) {
		last if $i > $len_b;
		last if $l->[$i] ne $n->[$i];
	}
	my $len_same = $i;
	for ($i = $len_a; $i >= $len_same; $i--) {
		my $k = "$l->[$i];$i";
		$node{"$k;$tmp{$k}"} = $t;
		delete $tmp{$k};
	}
	for ($i = $len_same; $i <= $len_b; $i++) {
		$tmp{"$n->[$i];$i"} = $t;
	}
	return $n;
}

my @data = <>;
foreach (sort @data) {
	chomp;
	my ($stack, $samples) = (/^(.*)\s+?(\d+(?:\.\d*)?)$/);
	next unless defined $samples;
	my @s = ('', split ";", $stack);
	$maxdepth = @s if @s > $maxdepth;
	@last = @{ flow(\@last, \@s, $time) };
	$time += $samples;
}
flow(\@last, [], $time);

die "ERROR: No stack counts found\n" unless $time;

my $widthpertime = ($imagewidth - 2 * $xpad) / $time;
my $minwidth_time = $minwidth / $widthpertime;
my $imageheight = ($maxdepth * $frameheight) + $ypad1 + $ypad2;

# --- emit SVG --------------------------------------------------------------
print <<SVG;
<?xml version="1.0" standalone="no"?>
<svg version="1.1" width="$imagewidth" height="$imageheight" xmlns="http://www.w3.org/2000/svg">
<style>text { font-family: Verdana; font-size: ${fontsize}px; fill: #000; } rect:hover { stroke: #000; }</style>
<rect x="0" y="0" width="$imagewidth" height="$imageheight" fill="#f8f8f8"/>
SVG
printf "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"17\">%s</text>\n",
	$imagewidth / 2, $fontsize * 2, esc($title);

foreach my $id (keys %node) {
	my ($func, $depth, $stime) = split ";", $id;
	my $etime = $node{$id};
	next if ($etime - $stime) < $minwidth_time;
	$func = "all" if $func eq "" && $depth == 0;
	my $x1 = $xpad + $stime * $widthpertime;
	my $x2 = $xpad + $etime * $widthpertime;
	my $y1 = $imageheight - $ypad2 - ($depth + 1) * $frameheight + 1;
	my $samples = $etime - $stime;
	my $pct = sprintf "%.2f", 100 * $samples / $time;
	my $info = esc("$func ($samples samples, $pct%)");
	my $w = $x2 - $x1;
	my $chars = int($w / ($fontsize * $fontwidth));
	my $label = "";
	if ($chars >= 3) {
		$label = substr($func, 0, $chars);
		substr($label, -2, 2) = ".." if $chars < length $func;
		$label = esc($label);
	}
	printf "<g><title>%s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" rx=\"2\"/>"
	     . "<text x=\"%.1f\" y=\"%.1f\">%s</text></g>\n",
		$info, $x1, $y1, $w, $frameheight - 1, color($func), $x1 + 3, $y1 + $frameheight - 4, $label;
}
print "</svg>\n";
