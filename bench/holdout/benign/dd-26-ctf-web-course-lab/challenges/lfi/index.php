<?php
// Intentionally vulnerable for the course: unsanitised include (challenge "Library Card").
$page = $_GET['page'] ?? 'pages/home.php';
include($page);
// FIX (shown after the deadline):
// $allowed = ['home', 'about']; $p = in_array($_GET['page'] ?? 'home', $allowed, true) ? $_GET['page'] : 'home';
// include __DIR__ . "/pages/$p.php";
