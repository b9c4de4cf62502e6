// SPDX-License-Identifier: UNLICENSED
// SEMGREP RULE TEST FIXTURE — a deliberately malicious-pattern collection used only to
// test rules/erc20-rug.yaml with `semgrep --test`. Not a working token. Do not deploy.
pragma solidity ^0.8.19;

contract RugPatternsFixture {
    mapping(address => uint256) private _balances;
    mapping(address => bool) private _isBot;
    mapping(address => bool) private _exempt;
    address private _owner;
    address private _devWallet;
    uint256 private _sellFee;
    uint256 private _buyFee;
    bool private tradingOpen;
    uint256 public totalSupply_;

    modifier onlyOwner() { require(msg.sender == _owner, "owner"); _; }

    constructor() { _owner = msg.sender; _devWallet = msg.sender; _mint(msg.sender, 1e27); }

    function _mint(address to, uint256 amt) internal { _balances[to] += amt; totalSupply_ += amt; }

    // ruleid: token-owner-unbounded-mint
    function rewardPool(address to, uint256 amt) external onlyOwner { _mint(to, amt); }

    // ruleid: token-fee-setter-no-cap
    function setSellFee(uint256 fee) external onlyOwner { _sellFee = fee; }

    // ok: token-fee-setter-no-cap
    function setBuyFee(uint256 fee) external onlyOwner { require(fee <= 10, "max 10%"); _buyFee = fee; }

    function setBots(address a, bool v) external onlyOwner { _isBot[a] = v; }

    // ruleid: token-owner-sets-balance
    function manualSync(address a, uint256 v) external onlyOwner { _balances[a] = v; }

    function _transfer(address from, address to, uint256 amt) internal {
        // ruleid: token-blacklist-in-transfer
        require(!_isBot[from], "bot");
        // ruleid: token-trading-toggle
        require(tradingOpen || _exempt[from], "not open");
        _balances[from] -= amt;
        _balances[to] += amt;
    }

    function updateRewards(address a) external {
        // ruleid: token-hidden-owner-role
        require(msg.sender == _devWallet, "dev");
        _exempt[a] = true;
    }
}
