require("dotenv").config();
require("@nomicfoundation/hardhat-ethers");
require("./tasks/dca");

const accounts = process.env.DCA_PRIVATE_KEY ? [process.env.DCA_PRIVATE_KEY] : [];

/** @type import('hardhat/config').HardhatUserConfig */
module.exports = {
  solidity: "0.8.24",
  defaultNetwork: "base",
  networks: {
    mainnet: { url: process.env.RPC_URL || "", chainId: 1, accounts },
    arbitrum: { url: process.env.RPC_URL || "", chainId: 42161, accounts },
    base: { url: process.env.RPC_URL || "", chainId: 8453, accounts },
  },
};
