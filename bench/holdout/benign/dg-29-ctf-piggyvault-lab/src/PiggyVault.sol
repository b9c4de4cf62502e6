// SPDX-License-Identifier: MIT
// CTF LEVEL — INTENTIONALLY VULNERABLE. LOCAL ANVIL ONLY. DO NOT DEPLOY.
pragma solidity ^0.8.24;

contract PiggyVault {
    mapping(address => uint256) public balances;

    event Deposit(address indexed who, uint256 amount);
    event Withdraw(address indexed who, uint256 amount);

    function deposit() external payable {
        require(msg.value > 0, "zero");
        balances[msg.sender] += msg.value;
        emit Deposit(msg.sender, msg.value);
    }

    function withdraw() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "nothing to withdraw");

        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");

        // 0.8 checked math would revert on underflow with `-=`, so the
        // level uses an assignment to keep the classic bug reachable.
        balances[msg.sender] = 0;
        emit Withdraw(msg.sender, amount);
    }

    function vaultBalance() external view returns (uint256) {
        return address(this).balance;
    }
}

/// @notice Reference fix, used by the debrief test.
contract PiggyVaultFixed {
    mapping(address => uint256) public balances;
    bool private _lock;

    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }

    function withdraw() external {
        require(!_lock, "reentrant");
        _lock = true;
        uint256 amount = balances[msg.sender];
        require(amount > 0, "nothing to withdraw");
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
        _lock = false;
    }
}
