<?php
defined('MOODLE_INTERNAL') || die();

$plugin->component = 'local_termtools';
$plugin->version   = 2025021000;
$plugin->requires  = 2022112800; // Moodle 4.1.
$plugin->maturity  = MATURITY_STABLE;
$plugin->release   = '1.2.0';
