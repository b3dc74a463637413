// The example filings of the demo's "load example" buttons. They are the
// forms of tests/fixtures/*.json (tests/js/demo-examples.test.mjs keeps them
// equal), so what the page shows is what the Rust and JS tests assert.

export const personalClean = {
  kind: "personal",
  filingType: "new",
  region: {
    province: "440000",
    city: "440300",
    district: "440305"
  },
  subject: {
    name: "张三",
    mailingAddress: "广东省深圳市南山区科技园南路 16 号 2 栋 301 室",
    owner: {
      name: "张三",
      idType: "resident_id",
      idNumber: "440305198507048916",
      mobile: "13923456789",
      emergencyPhone: "13712345678",
      email: "zhangsan@example.com"
    }
  },
  websites: [
    {
      name: "张三的摄影日记",
      domains: [
        "zhangsan-photo.cn"
      ],
      homepageUrls: [
        "https://www.zhangsan-photo.cn/"
      ],
      serviceContent: "其他",
      preApprovals: [],
      remark: "个人摄影作品展示，不涉及经营",
      owner: null,
      registrant: "张三"
    }
  ],
  accountPhone: "13923456789"
};

export const unitMistakes = {
  kind: "unit",
  filingType: "new",
  region: {
    province: "440000",
    city: "440100"
  },
  subject: {
    nature: "事业单位",
    name: "深圳市某某投资管理有限公司",
    certificateType: "business_licence",
    certificateNumber: "9144030071526726XG",
    mailingAddress: "广州市天河区某某路 8 号",
    businessScope: "投资管理；广播电视节目制作",
    legalRepresentative: {
      name: "李四",
      idType: "resident_id",
      idNumber: "11010519491231002X"
    },
    owner: {
      name: "张三",
      idType: "resident_id",
      idNumber: "510108198507048912",
      mobile: "13923456789",
      phone: "0755-86013388",
      emergencyPhone: "+86 139 2345 6789",
      email: "zhangsan@example"
    }
  },
  websites: [
    {
      name: "example.com",
      domains: [
        "www.example.com",
        "a.cn",
        "b.cn",
        "c.cn",
        "d.cn"
      ],
      homepageUrls: [
        "https://www.other.com/"
      ],
      serviceContent: "其他",
      preApprovals: [
        "新闻",
        "以上都不涉及"
      ],
      remark: "",
      owner: {
        name: "王五",
        idType: "resident_id",
        idNumber: "320106200811230016",
        mobile: "13923456789",
        phone: "13800138000",
        emergencyPhone: "13712345678",
        email: "wangwu@example.com"
      }
    },
    {
      name: "某某官网",
      domains: [
        "a.cn"
      ],
      homepageUrls: [],
      serviceContent: "单位门户网站",
      preApprovals: [],
      remark: "",
      owner: null
    }
  ]
};

export const unitHunan = {
  kind: "unit",
  region: {
    province: "430000",
    city: "430100"
  },
  subject: {
    nature: "enterprise",
    name: "长沙某某科技有限公司",
    certificateType: "工商营业执照（统一社会信用代码证书）",
    certificateNumber: "9144030071526726XG",
    mailingAddress: "长沙市岳麓区某某大道 99 号",
    legalRepresentative: {
      name: "李四",
      idType: "resident_id",
      idNumber: "11010519491231002X"
    },
    owner: {
      name: "小明",
      idType: "resident_id",
      idNumber: "430102200906010016",
      mobile: "13923456789",
      phone: "0731-84567890",
      emergencyPhone: "13712345678",
      email: "ming@example.com"
    }
  },
  websites: [
    {
      name: "某某科技",
      domains: [
        "mouke.com.cn"
      ],
      homepageUrls: [
        "http://www.mouke.com.cn"
      ],
      serviceContent: "单位门户网站",
      preApprovals: [
        "以上都不涉及"
      ],
      remark: "",
      registrant: "长沙某某科技有限公司",
      owner: {
        name: "王五",
        idType: "resident_id",
        idNumber: "430102199001010032",
        mobile: "13612345678",
        phone: "0731-84567891",
        emergencyPhone: "13512345678",
        email: "wang@example.com"
      }
    }
  ]
};

export const changeRename = {
  kind: "unit",
  filingType: "change",
  region: {
    province: "440000",
    city: "440300",
    district: "440305"
  },
  previous: {
    kind: "unit",
    region: {
      province: "440000"
    },
    subject: {
      name: "深圳市某某网络有限公司",
      certificateNumber: "9144030071526726XG"
    }
  },
  subject: {
    nature: "enterprise",
    name: "深圳市某某科技有限公司",
    certificateType: "business_licence",
    certificateNumber: "9144 0300 7152 6726 XG",
    mailingAddress: "深圳市南山区科技中一路 1 号",
    legalRepresentative: {
      name: "李四",
      idType: "resident_id",
      idNumber: "440305198507048916"
    },
    owner: {
      name: "李四",
      idType: "resident_id",
      idNumber: "440305198507048916",
      mobile: "13923456789",
      phone: "0755-86013388",
      emergencyPhone: "13712345678",
      email: "lisi@example.com"
    }
  },
  websites: [
    {
      name: "某某科技",
      domains: [
        "mouke-tech.cn"
      ],
      homepageUrls: [
        "https://www.mouke-tech.cn/"
      ],
      serviceContent: "单位门户网站",
      preApprovals: [
        "以上都不涉及"
      ],
      remark: "",
      registrant: "深圳市某某科技有限公司",
      owner: null
    }
  ]
};

export const unitSuffixes = {
  kind: "unit",
  filingType: "new",
  region: {
    province: "330000",
    city: "330100",
    district: "330106"
  },
  subject: {
    nature: "enterprise",
    name: "杭州某某网络科技有限公司",
    certificateType: "business_licence",
    certificateNumber: "91330106MA2H0K3BXT",
    certificateAddress: "杭州市西湖区某某路 8 号",
    mailingAddress: "杭州市西湖区某某路 8 号 5 楼 502 室",
    legalRepresentative: {
      name: "陈某",
      idType: "resident_id",
      idNumber: "440305198507048916"
    },
    owner: {
      name: "陈某",
      idType: "resident_id",
      idNumber: "440305198507048916",
      mobile: "13957101234",
      phone: "0571-87654321",
      emergencyPhone: "13905712345",
      email: "chen@example.com"
    }
  },
  websites: [
    {
      name: "某某科技官网",
      domains: [
        "mouke.gov.cn",
        "mouke.io",
        "mouke.top"
      ],
      homepageUrls: [
        "https://www.mouke.top/"
      ],
      serviceContent: "单位门户网站",
      preApprovals: [
        "以上都不涉及"
      ],
      remark: "域名指向同一网站",
      registrant: "杭州某某网络科技有限公司",
      owner: null
    },
    {
      name: "某某开发者博客",
      domains: [
        "mouke-dev.me",
        "mouke.org"
      ],
      homepageUrls: [
        "https://www.mouke-dev.me/"
      ],
      serviceContent: "单位门户网站",
      preApprovals: [
        "以上都不涉及"
      ],
      remark: "域名指向同一网站",
      registrant: "杭州某某网络科技有限公司",
      owner: null
    }
  ]
};
