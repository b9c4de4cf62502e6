// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Script, console2} from "forge-std/Script.sol";
// Change this import to the contract you are deploying.
import {Counter} from "../src/Counter.sol";

contract Deploy is Script {
    function run() external returns (Counter deployed) {
        // No private key here: the signer is whatever `--account` / `--ledger` selects.
        vm.startBroadcast();
        deployed = new Counter();
        vm.stopBroadcast();

        console2.log("Counter deployed at", address(deployed));
        console2.log("chain id", block.chainid);
        require(block.chainid == 11155111, "expected Sepolia");
    }
}
