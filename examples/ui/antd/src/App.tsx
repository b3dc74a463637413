import { useState } from 'react';
import { Button, Form, Input, Radio } from 'antd';
import * as bc from 'beian-check';
import { createAntdRules } from 'beian-check/antd';
import { CITIES, provinceOf } from '../../common/cities';

const r = createAntdRules(bc, { locale: 'zh-CN' });

interface Contact {
  city: string;
  idNumber: string;
  mobile: string;
  phone: string;
}

export function App() {
  const [form] = Form.useForm<Contact>();
  const [status, setStatus] = useState('');
  return (
    <Form form={form} layout="vertical" initialValues={{ city: '350100' }} style={{ maxWidth: 480, margin: 24 }}
      onFinish={() => setStatus('submitted')} onFinishFailed={() => setStatus('blocked')}>
      <Form.Item label="通信地址所在城市" name="city">
        <Radio.Group options={CITIES} />
      </Form.Item>
      <Form.Item label="证件号码" name="idNumber" className="field-idNumber" rules={r.idNumber()}>
        <Input />
      </Form.Item>
      <Form.Item label="手机号码" name="mobile" className="field-mobile" dependencies={['city']}
        rules={r.phone({ kind: 'mobile', values: (f) => ({ province: provinceOf(f.getFieldValue('city')) }) })}>
        <Input />
      </Form.Item>
      <Form.Item label="固定电话" name="phone" className="field-phone" dependencies={['city']}
        rules={r.phone({ kind: 'landline', values: (f) => ({ cityCode: f.getFieldValue('city') }) })}>
        <Input />
      </Form.Item>
      <Button type="primary" htmlType="submit">提交</Button>
      <output id="status">{status}</output>
    </Form>
  );
}
