// SPDX-License-Identifier: MIT
// AUDIT TRAINING SNIPPETS — INTENTIONALLY VULNERABLE. DO NOT DEPLOY.
// Each "Bad" contract is paired with a "Good" version. Compile-only; used for pattern recognition.
pragma solidity ^0.8.20;

interface IERC20 {
    function transferFrom(address from, address to, uint256 amt) external returns (bool);
    function transfer(address to, uint256 amt) external returns (bool);
}

/* ------------------------------------------------------------------ */
/* 1. Reentrancy: external call before state update                    */
/* ------------------------------------------------------------------ */
contract BadVault {
    mapping(address => uint256) public balances;

    function deposit() external payable { balances[msg.sender] += msg.value; }

    function withdraw() external {
        uint256 amt = balances[msg.sender];
        // BUG: sends before zeroing; a contract receiver can re-enter withdraw()
        (bool ok, ) = msg.sender.call{value: amt}("");
        require(ok);
        balances[msg.sender] = 0;
    }
}

contract GoodVault {
    mapping(address => uint256) public balances;
    bool private locked;
    modifier nonReentrant() { require(!locked, "reentrant"); locked = true; _; locked = false; }

    function deposit() external payable { balances[msg.sender] += msg.value; }

    function withdraw() external nonReentrant {
        uint256 amt = balances[msg.sender];
        balances[msg.sender] = 0;                    // effects
        (bool ok, ) = msg.sender.call{value: amt}(""); // interaction
        require(ok);
    }
}

/* ------------------------------------------------------------------ */
/* 2. tx.origin authorisation                                          */
/* ------------------------------------------------------------------ */
contract BadTreasury {
    address public owner = msg.sender;
    // BUG: any contract the owner interacts with can call this on their behalf
    function sweep(address to) external { require(tx.origin == owner); payable(to).transfer(address(this).balance); }
}

contract GoodTreasury {
    address public owner = msg.sender;
    function sweep(address to) external { require(msg.sender == owner); payable(to).transfer(address(this).balance); }
}

/* ------------------------------------------------------------------ */
/* 3. Unlimited approval + arbitrary call = drain every approver       */
/*    (shape of several real aggregator/router incidents)              */
/* ------------------------------------------------------------------ */
contract BadRouter {
    // users approve this router for type(uint256).max so swaps are "one click"
    function swapWithHook(address target, bytes calldata data) external {
        // BUG: target and data are caller-controlled. Attacker passes
        // target = token, data = transferFrom(victim, attacker, balance)
        // and the router, which holds victim's approval, executes it.
        (bool ok, ) = target.call(data);
        require(ok, "hook failed");
    }
}

contract GoodRouter {
    mapping(address => bool) public allowedTargets;  // governance-curated DEX adapters only
    function swapWithHook(address target, bytes calldata data) external {
        require(allowedTargets[target], "target");
        require(bytes4(data) != IERC20.transferFrom.selector, "selector");
        (bool ok, ) = target.call(data);
        require(ok, "hook failed");
    }
}

/* ------------------------------------------------------------------ */
/* 4. delegatecall proxy: storage collision + open initializer         */
/* ------------------------------------------------------------------ */
contract BadProxy {
    address public implementation;   // slot 0 — collides with impl's slot 0
    address public admin;            // slot 1

    constructor(address impl) { implementation = impl; admin = msg.sender; }

    fallback() external payable {
        (bool ok, ) = implementation.delegatecall(msg.data);
        require(ok);
    }
}

contract BadImpl {
    address public owner;            // slot 0 — writing owner overwrites proxy.implementation!
    bool public initialized;
    // BUG: anyone can call initialize through the proxy first (front-run deploy)
    function initialize(address _owner) external { require(!initialized); owner = _owner; initialized = true; }
}
// Good: use OpenZeppelin ERC1967Proxy (implementation stored at
// bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1)), Initializable with
// `initializer` modifier, and call initialize atomically in the deploy transaction.

/* ------------------------------------------------------------------ */
/* 5. Signature replay: no nonce, no chainId                           */
/* ------------------------------------------------------------------ */
contract BadClaim {
    address public signer;
    IERC20 public token;
    constructor(address s, IERC20 t) { signer = s; token = t; }

    function claim(uint256 amt, uint8 v, bytes32 r, bytes32 s) external {
        bytes32 h = keccak256(abi.encodePacked(msg.sender, amt));
        // BUG: replayable forever and across chains; ecrecover may return address(0)
        require(ecrecover(h, v, r, s) == signer);
        token.transfer(msg.sender, amt);
    }
}
