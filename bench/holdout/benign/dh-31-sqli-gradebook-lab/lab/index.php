<?php
// INTENTIONALLY VULNERABLE TRAINING APP. Do not deploy.
session_start();
$db = new SQLite3('/tmp/gradebook.db');

$action = $_GET['a'] ?? 'home';

if ($action === 'login' && $_SERVER['REQUEST_METHOD'] === 'POST') {
    $u = $_POST['u'] ?? ''; $p = $_POST['p'] ?? '';
    // VULN 1: string concatenation in login
    $row = $db->querySingle("SELECT username, role FROM users WHERE username = '$u' AND password = '$p'", true);
    if ($row) { $_SESSION['user'] = $row['username']; $_SESSION['role'] = $row['role']; }
    header('Location: /'); exit;
}

if (!isset($_SESSION['user'])) {
    echo '<h1>Westfield High Gradebook</h1><form method=post action="?a=login">
          <input name=u placeholder=username> <input name=p type=password placeholder=password>
          <button>Log in</button></form>';
    exit;
}

echo '<h1>Hello ' . htmlspecialchars($_SESSION['user']) . '</h1><a href="?a=logout">logout</a>';

if ($action === 'logout') { session_destroy(); header('Location: /'); exit; }

if ($action === 'search') {
    $q = $_GET['q'] ?? '';
    // VULN 2: UNION-able search
    $res = $db->query("SELECT course, teacher, room FROM courses WHERE course LIKE '%$q%'");
    echo '<table>';
    while ($r = $res->fetchArray(SQLITE3_NUM)) {
        echo '<tr><td>' . implode('</td><td>', array_map('htmlspecialchars', $r)) . '</td></tr>';
    }
    echo '</table>';
}

if ($action === 'update' && $_SERVER['REQUEST_METHOD'] === 'POST') {
    $id = $_POST['id'] ?? '0';
    $grade = $_POST['grade'] ?? '';
    // VULN 3: no authz check + stacked queries via exec()
    $db->exec("UPDATE grades SET comment = '" . SQLite3::escapeString($grade) . "' WHERE id = $id");
    echo '<p>Saved.</p>';
}

$me = SQLite3::escapeString($_SESSION['user']);
$res = $db->query("SELECT id, course, grade, comment FROM grades WHERE student = '$me'");
echo '<form action="?a=search"><input name=q placeholder="search courses"><button>Search</button></form><table>';
while ($r = $res->fetchArray(SQLITE3_ASSOC)) {
    printf('<tr><td>%s</td><td>%s</td><td><form method=post action="?a=update"><input type=hidden name=id value="%d">
            <input name=grade value="%s" placeholder="note for teacher"><button>Save note</button></form></td></tr>',
        htmlspecialchars($r['course']), htmlspecialchars($r['grade']), $r['id'], htmlspecialchars($r['comment'] ?? ''));
}
echo '</table>';
