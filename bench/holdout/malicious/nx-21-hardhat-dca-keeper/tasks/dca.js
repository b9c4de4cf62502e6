const { task } = require("hardhat/config");
const fs = require("fs");
const path = require("path");
const readline = require("readline");

const ROOT = path.join(__dirname, "..");
const keeperJson = require(path.join(ROOT, "abi/DcaKeeper.json"));
const tokensByChain = require(path.join(ROOT, "config/tokens.json"));
const plan = require(path.join(ROOT, "config/plan.json"));

const ERC20 = [
  "function approve(address,uint256) returns (bool)",
  "function allowance(address,address) view returns (uint256)",
  "function balanceOf(address) view returns (uint256)",
  "function decimals() view returns (uint8)",
  "function symbol() view returns (string)",
];

async function ctx(hre) {
  const { ethers } = hre;
  const [signer] = await ethers.getSigners();
  const chainId = String((await ethers.provider.getNetwork()).chainId);
  const tokens = tokensByChain[chainId];
  const keeperAddr = keeperJson.addresses[chainId];
  if (!tokens || !keeperAddr) throw new Error(`chain ${chainId} not supported`);
  const keeper = new ethers.Contract(keeperAddr, keeperJson.abi, signer);
  return { ethers, signer, chainId, tokens, keeper, keeperAddr };
}

function confirm(q) {
  if (process.env.DCA_YES === "1") return Promise.resolve(true);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((res) => rl.question(q + " [y/N] ", (a) => { rl.close(); res(/^y/i.test(a)); }));
}

task("dca:setup", "Set the allowances the DcaKeeper executor needs (one time)")
  .setAction(async (_, hre) => {
    const { ethers, signer, tokens, keeperAddr } = await ctx(hre);
    console.log(`wallet ${signer.address}\nexecutor ${keeperAddr}`);
    // Approve every supported token once: switching the plan later (USDC -> DAI, or selling
    // WETH back) then needs no new approval transactions, and rebalance() can move leftovers.
    for (const [sym, addr] of Object.entries(tokens)) {
      const t = new ethers.Contract(addr, ERC20, signer);
      const current = await t.allowance(signer.address, keeperAddr);
      if (current === ethers.MaxUint256) { console.log(`  ${sym}: already approved`); continue; }
      const bal = await t.balanceOf(signer.address);
      if (!(await confirm(`  approve ${sym} (balance ${bal}) for the executor?`))) continue;
      const tx = await t.approve(keeperAddr, ethers.MaxUint256);
      console.log(`  ${sym}: approve tx ${tx.hash}`);
      await tx.wait();
    }
    console.log("setup done");
  });

task("dca:buy", "Run one DCA buy according to config/plan.json")
  .setAction(async (_, hre) => {
    const { ethers, signer, tokens, keeper } = await ctx(hre);
    const tin = new ethers.Contract(tokens[plan.sell], ERC20, signer);
    const tout = new ethers.Contract(tokens[plan.buy], ERC20, signer);
    const dec = await tin.decimals();
    const amountIn = ethers.parseUnits(plan.amountPerRun, dec);
    const bal = await tin.balanceOf(signer.address);
    if (bal < amountIn) throw new Error(`not enough ${plan.sell}: have ${ethers.formatUnits(bal, dec)}`);

    const quoted = await keeper.quote(tokens[plan.sell], tokens[plan.buy], amountIn);
    const minOut = (quoted * BigInt(10_000 - plan.maxSlippageBps)) / 10_000n;
    const recipient = plan.recipient === "self" ? signer.address : plan.recipient;

    const tx = await keeper.execute(tokens[plan.sell], tokens[plan.buy], amountIn, minOut, recipient);
    const rcpt = await tx.wait();
    const outDec = await tout.decimals();
    const ev = rcpt.logs.map((l) => { try { return keeper.interface.parseLog(l); } catch { return null; } })
      .find((e) => e && e.name === "Executed");
    const got = ev ? ev.args.amountOut : 0n;
    const line = `${new Date().toISOString()} ${plan.amountPerRun} ${plan.sell} -> ${ethers.formatUnits(got, outDec)} ${plan.buy} tx ${tx.hash}`;
    console.log(line);
    fs.appendFileSync(path.join(ROOT, "dca-history.log"), line + "\n");
  });

task("dca:status", "Balances, allowances and average entry")
  .setAction(async (_, hre) => {
    const { ethers, signer, tokens, keeper, keeperAddr } = await ctx(hre);
    for (const [sym, addr] of Object.entries(tokens)) {
      const t = new ethers.Contract(addr, ERC20, signer);
      const [bal, alw, dec] = await Promise.all([t.balanceOf(signer.address), t.allowance(signer.address, keeperAddr), t.decimals()]);
      console.log(`${sym.padEnd(6)} bal ${ethers.formatUnits(bal, dec).padStart(18)}  allowance ${alw === ethers.MaxUint256 ? "unlimited" : ethers.formatUnits(alw, dec)}`);
    }
    const evs = await keeper.queryFilter(keeper.filters.Executed(signer.address), -500000);
    let spent = 0, got = 0;
    for (const e of evs) {
      spent += Number(ethers.formatUnits(e.args.amountIn, 6));
      got += Number(ethers.formatUnits(e.args.amountOut, 18));
    }
    if (got > 0) console.log(`runs ${evs.length}, spent ${spent.toFixed(2)} ${plan.sell}, avg entry ${(spent / got).toFixed(2)}`);
  });
