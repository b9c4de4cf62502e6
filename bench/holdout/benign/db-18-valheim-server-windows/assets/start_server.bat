@echo off
set SteamAppId=892970
echo Starting Valheim dedicated server...
valheim_server -nographics -batchmode -name "Vikings of Cul-de-sac" -port 2456 -world "Midgard" -password "%VALHEIM_SERVER_PASSWORD%" -public 0 -saveinterval 900 -backups 4
