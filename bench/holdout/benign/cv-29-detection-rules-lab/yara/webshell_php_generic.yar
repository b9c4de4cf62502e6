rule Webshell_PHP_Eval_Request
{
  meta:
    description = "PHP file evaluating request input"
    author = "home-lab"
  strings:
    $php = "<?php"
    $e1 = /eval\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\[/ nocase
    $e2 = /assert\s*\(\s*\$_(POST|GET|REQUEST)\[/ nocase
    $b64 = /base64_decode\s*\(\s*\$_(POST|GET|REQUEST)/ nocase
  condition:
    $php at 0 and 1 of ($e*, $b64) and filesize < 20KB
}
