package org.lmlens.engine.text;

/**
 * The most frequent Chinese characters, in simplified and traditional forms (from the usual frequency
 * lists of modern and classical text). Used only to choose between two legacy encodings that both decode
 * a short sample: the right decoding is full of these, the wrong one is a jumble of rarer characters.
 */
final class CommonHanzi {
    private static final String CHARS =
            "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可"
            + "她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三"
            + "已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女"
            + "问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由"
            + "却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路"
            + "期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八"
            + "月花春秋风云雨雪江河君夜日归来去不见无人何处故乡思青山水流明送别愁"
            + "這為來個們說時會過後麼發於還沒對當學國裡經開現從動兩長樣實話兒問機給幾業間聽氣關內車應難"
            + "與見頭點種聲華報馬張親體處總員書師場記邊風戰許歸鄉愁別雲東門無詩萬馬歲"
            + "謝學習嗎們麼請問電話愛讀寫說語誰認識醫開關買賣錢貴號碼圖館區線紅綠藍顏色讓應該"
            + "給會員變還進遠近運動練習題課業專門間題網頁訊息歡樂聽見覺得腦電視車輛飛機場"
            + "谢请问电话爱读写语谁认识医买卖钱贵号码图馆区线红绿蓝颜让该给变进远近运练题课专网页讯欢乐觉脑视辆飞";

    private CommonHanzi() {
    }

    /** The share of Han characters in {@code text} that are among the common ones (0 when none are Han). */
    static double share(String text) {
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
                if (CHARS.indexOf(cp) >= 0) {
                    common++;
                }
            }
        }
        return han == 0 ? 0 : (double) common / han;
    }
}
