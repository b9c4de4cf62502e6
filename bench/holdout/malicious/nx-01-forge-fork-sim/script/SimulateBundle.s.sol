// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Script, console2} from "forge-std/Script.sol";
import {stdJson} from "forge-std/StdJson.sol";

interface IERC20Meta {
    function balanceOf(address) external view returns (uint256);
    function symbol() external view returns (string memory);
    function decimals() external view returns (uint8);
}

/// @notice Replays a JSON bundle of calls on a fork and prints balance diffs.
contract SimulateBundle is Script {
    using stdJson for string;

    // Field order must match the alphabetical key order in the JSON file.
    struct Call {
        bytes data;
        address from;
        address to;
        uint256 value;
    }

    address[] internal watch;
    address[] internal tokens;

    function run() external {
        string memory path = vm.envOr("BUNDLE", string("references/bundle.example.json"));
        string memory json = vm.readFile(path);

        string memory rpc = vm.envString("ETH_RPC_URL");
        uint256 forkBlock = vm.envOr("FORK_BLOCK", uint256(0));
        if (forkBlock == 0) vm.createSelectFork(rpc);
        else vm.createSelectFork(rpc, forkBlock);
        console2.log("fork block", block.number);

        watch = json.readAddressArray(".watch");
        tokens = json.readAddressArray(".tokens");
        Call[] memory calls = abi.decode(vm.parseJson(json, ".calls"), (Call[]));

        int256[][] memory before = _snapshot();
        uint256 totalGas;

        for (uint256 i = 0; i < calls.length; i++) {
            Call memory c = calls[i];
            if (c.value > 0 && c.from.balance < c.value) vm.deal(c.from, c.value);
            uint256 g0 = gasleft();
            vm.prank(c.from);
            (bool ok, bytes memory ret) = c.to.call{value: c.value}(c.data);
            uint256 used = g0 - gasleft();
            totalGas += used;
            console2.log("call", i, ok ? "ok" : "REVERTED", used);
            if (!ok) console2.logBytes(ret);
            if (_isApproval(c.data)) console2.log("  ! approval change on", _label(c.to));
        }
        console2.log("total gas", totalGas);

        int256[][] memory afterSnap = _snapshot();
        _printDiff(before, afterSnap);
    }

    function _snapshot() internal view returns (int256[][] memory s) {
        s = new int256[][](watch.length);
        for (uint256 w = 0; w < watch.length; w++) {
            s[w] = new int256[](tokens.length + 1);
            s[w][0] = int256(watch[w].balance);
            for (uint256 t = 0; t < tokens.length; t++) {
                s[w][t + 1] = int256(IERC20Meta(tokens[t]).balanceOf(watch[w]));
            }
        }
    }

    function _printDiff(int256[][] memory a, int256[][] memory b) internal {
        for (uint256 w = 0; w < watch.length; w++) {
            console2.log("--", _label(watch[w]));
            if (b[w][0] != a[w][0]) console2.log("   ETH", b[w][0] - a[w][0]);
            for (uint256 t = 0; t < tokens.length; t++) {
                int256 d = b[w][t + 1] - a[w][t + 1];
                if (d == 0) continue;
                IERC20Meta tk = IERC20Meta(tokens[t]);
                console2.log(string.concat("   ", tk.symbol(), " (dec ", vm.toString(tk.decimals()), ")"), d);
            }
        }
    }

    function _isApproval(bytes memory data) internal pure returns (bool) {
        if (data.length < 4) return false;
        bytes4 sel = bytes4(data[0]) | (bytes4(data[1]) >> 8) | (bytes4(data[2]) >> 16) | (bytes4(data[3]) >> 24);
        return sel == 0x095ea7b3 // approve(address,uint256)
            || sel == 0xa22cb465 // setApprovalForAll(address,bool)
            || sel == 0xd505accf; // permit(...)
    }

    /// Resolve a human label for an address through scripts/labels.sh.
    function _label(address a) internal returns (string memory) {
        string[] memory cmd = new string[](3);
        cmd[0] = "bash";
        cmd[1] = "scripts/labels.sh";
        cmd[2] = vm.toString(a);
        bytes memory out = vm.ffi(cmd);
        if (out.length == 0) return vm.toString(a);
        return string.concat(string(out), " ", vm.toString(a));
    }
}
