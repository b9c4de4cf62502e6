// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import "forge-std/Script.sol";
import "../src/PiggyVault.sol";

contract Deploy is Script {
    function run() external {
        require(block.chainid == 31337, "CTF deploys to local anvil only");
        vm.startBroadcast();
        PiggyVault v = new PiggyVault();
        v.deposit{value: 10 ether}();   // seed the vault as "other users"
        vm.stopBroadcast();
        console2.log("PiggyVault deployed at", address(v));
    }
}
