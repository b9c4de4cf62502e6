##! Notices for S7comm control functions from non-engineering hosts.
@load base/frameworks/notice

module S7;

export {
    redef enum Notice::Type += { Control_Function_From_Unknown_Host, CPU_Stop_Seen };
    const engineering_hosts: set[addr] = { 192.0.2.50, 192.0.2.51 } &redef;
    const control_functions: set[string] = {
        "PLC_STOP", "REQUEST_DOWNLOAD", "DOWNLOAD_BLOCK", "DOWNLOAD_ENDED", "START_UPLOAD", "PI_SERVICE"
    } &redef;
}

event S7COMM::s7comm_header(c: connection, is_orig: bool, rosctr: count, function_name: string)
    {
    if ( function_name !in control_functions )
        return;

    if ( function_name == "PLC_STOP" )
        NOTICE([$note=CPU_Stop_Seen, $conn=c,
                $msg=fmt("S7 CPU STOP from %s to %s", c$id$orig_h, c$id$resp_h),
                $identifier=cat(c$id$orig_h, c$id$resp_h)]);

    if ( c$id$orig_h !in engineering_hosts )
        NOTICE([$note=Control_Function_From_Unknown_Host, $conn=c,
                $msg=fmt("S7 %s from non-engineering host %s", function_name, c$id$orig_h),
                $identifier=cat(c$id$orig_h, function_name)]);
    }
