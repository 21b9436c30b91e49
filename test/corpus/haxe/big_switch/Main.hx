class Main {
  static function pick(i:Int):String {
    return switch (i) {
      case 0: "v0";
      case 3: "v9";
      case 6: "v36";
      case 9: "v81";
      case 12: "v144";
      case 15: "v225";
      case 18: "v324";
      case 21: "v441";
      case 24: "v576";
      case 27: "v729";
      case 30: "v900";
      case 33: "v1089";
      case 36: "v1296";
      case 39: "v1521";
      case 42: "v1764";
      case 45: "v2025";
      case 48: "v2304";
      case 51: "v2601";
      case 54: "v2916";
      case 57: "v3249";
      case 60: "v3600";
      case 63: "v3969";
      case 66: "v4356";
      case 69: "v4761";
      case 72: "v5184";
      case 75: "v5625";
      case 78: "v6084";
      case 81: "v6561";
      case 84: "v7056";
      case 87: "v7569";
      case 90: "v8100";
      case 93: "v8649";
      case 96: "v9216";
      case 99: "v9801";
      case 102: "v10404";
      case 105: "v11025";
      case 108: "v11664";
      case 111: "v12321";
      case 114: "v12996";
      case 117: "v13689";
      case 120: "v14400";
      case 123: "v15129";
      case 126: "v15876";
      case 129: "v16641";
      case 132: "v17424";
      case 135: "v18225";
      case 138: "v19044";
      case 141: "v19881";
      case 144: "v20736";
      case 147: "v21609";
      case 150: "v22500";
      case 153: "v23409";
      case 156: "v24336";
      case 159: "v25281";
      case 162: "v26244";
      case 165: "v27225";
      case 168: "v28224";
      case 171: "v29241";
      case 174: "v30276";
      case 177: "v31329";
      case 180: "v32400";
      case 183: "v33489";
      case 186: "v34596";
      case 189: "v35721";
      case 192: "v36864";
      case 195: "v38025";
      case 198: "v39204";
      case 201: "v40401";
      case 204: "v41616";
      case 207: "v42849";
      case 210: "v44100";
      case 213: "v45369";
      case 216: "v46656";
      case 219: "v47961";
      case 222: "v49284";
      case 225: "v50625";
      case 228: "v51984";
      case 231: "v53361";
      case 234: "v54756";
      case 237: "v56169";
      case 240: "v57600";
      case 243: "v59049";
      case 246: "v60516";
      case 249: "v62001";
      case 252: "v63504";
      case 255: "v65025";
      case 258: "v66564";
      case 261: "v68121";
      case 264: "v69696";
      case 267: "v71289";
      case 270: "v72900";
      case 273: "v74529";
      case 276: "v76176";
      case 279: "v77841";
      case 282: "v79524";
      case 285: "v81225";
      case 288: "v82944";
      case 291: "v84681";
      case 294: "v86436";
      case 297: "v88209";
      default: "none";
    }
  }

  static function key(s:String):Int {
    return switch (s) {
      case "k0": 0;
      case "k1": 1;
      case "k2": 2;
      case "k3": 3;
      case "k4": 4;
      case "k5": 5;
      case "k6": 6;
      case "k7": 7;
      case "k8": 8;
      case "k9": 9;
      case "k10": 10;
      case "k11": 11;
      case "k12": 12;
      case "k13": 13;
      case "k14": 14;
      case "k15": 15;
      case "k16": 16;
      case "k17": 17;
      case "k18": 18;
      case "k19": 19;
      case "k20": 20;
      case "k21": 21;
      case "k22": 22;
      case "k23": 23;
      case "k24": 24;
      case "k25": 25;
      case "k26": 26;
      case "k27": 27;
      case "k28": 28;
      case "k29": 29;
      case "k30": 30;
      case "k31": 31;
      case "k32": 32;
      case "k33": 33;
      case "k34": 34;
      case "k35": 35;
      case "k36": 36;
      case "k37": 37;
      case "k38": 38;
      case "k39": 39;
      case "k40": 40;
      case "k41": 41;
      case "k42": 42;
      case "k43": 43;
      case "k44": 44;
      case "k45": 45;
      case "k46": 46;
      case "k47": 47;
      case "k48": 48;
      case "k49": 49;
      case "k50": 50;
      case "k51": 51;
      case "k52": 52;
      case "k53": 53;
      case "k54": 54;
      case "k55": 55;
      case "k56": 56;
      case "k57": 57;
      case "k58": 58;
      case "k59": 59;
      default: -1;
    }
  }

  static function dense(i:Int):Int {
    return switch (i) {
      case 0: 10;
      case 1: 11;
      case 2: 12;
      case 3: 13;
      case 4: 14;
      case 5: 15;
      case 6: 16;
      case 7: 17;
      case -1: -10;
      case 100: 1000;
      default: 0;
    }
  }

  static function main() {
    var out = [];
    for (i in -2...305) out.push(pick(i));
    Sys.println(out.join(","));
    Sys.println([for (i in 0...65) key("k" + i)].join(","));
    Sys.println([for (i in -3...102) dense(i)].join(","));
  }
}
