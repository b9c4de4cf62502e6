// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import "forge-std/Test.sol";
import "../src/PiggyVault.sol";

interface IStudentAttacker {
    function attack() external payable;
}

contract PiggyVaultCTF is Test {
    PiggyVault vault;
    address student = makeAddr("student");
    address alice = makeAddr("alice");
    address bob = makeAddr("bob");

    function setUp() public {
        vault = new PiggyVault();
        vm.deal(alice, 6 ether);
        vm.deal(bob, 4 ether);
        vm.prank(alice); vault.deposit{value: 6 ether}();
        vm.prank(bob);   vault.deposit{value: 4 ether}();
        vm.deal(student, 1 ether);
    }

    /// Student deploys src/Attacker.sol (contract name: Attacker, constructor(address vault)).
    function test_drainVault() public {
        vm.startPrank(student);
        address attacker = deployCode("Attacker.sol:Attacker", abi.encode(address(vault)));
        IStudentAttacker(attacker).attack{value: 1 ether}();
        vm.stopPrank();

        assertEq(vault.vaultBalance(), 0, "vault not empty");
        assertGe(attacker.balance + student.balance, 11 ether, "loot missing");
        emit log("FLAG{ch3ck5_3ff3ct5_1nt3r4ct10n5}");
    }
}
